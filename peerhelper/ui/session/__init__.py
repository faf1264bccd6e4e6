"""The session screen: the form, quick tally, paper tally and the session list."""
