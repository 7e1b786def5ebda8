"""Modal screens: help, the link list and the comment editor."""
