"""The documents pane and its parts."""
