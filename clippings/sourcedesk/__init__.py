"""信息源管理: add, edit, pause and resume sources from the web app or the CLI, and try one before
saving it.

    from clippings.sourcedesk import editor, trial
    block = editor.block_from_form(form)            # validate at the edge: SourceFormError names the field
    editor.add_source(sources_path, block, by="王管理", db=db)
    result = trial.try_source(block, sources_path, profile_path)   # a real crawl into a scratch archive

Changes are validated exactly as ``clippings sources check`` validates the file (the candidate file is
loaded with :func:`clippings.config.load_sources` before it replaces the real one), written back with
tomlkit so every comment and unrelated block stays as it was, replaced atomically, and recorded in the
audit log.
"""
