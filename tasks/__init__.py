"""Background work: the worker process (`tasks.worker`), the job kinds it knows
(`tasks.registry`) and their handlers. Handlers call domain functions; nothing here imports
`api/`."""
