"""Citations and exports: what the case gives other tools and a writer's draft."""
