"""Plain Python rules and vocabularies: no Qt, no database sessions."""
