"""The reader pane and its parts."""
