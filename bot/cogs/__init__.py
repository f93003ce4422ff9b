"""One cog per feature: ask, mentions, feedback, info (/help, /sources), admin (/reindex, /stats)."""
