"""The timeline pane and its parts."""
