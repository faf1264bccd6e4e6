"""Making a guide in the app: the "New guide" dialog, its step form and screenshot canvas."""
