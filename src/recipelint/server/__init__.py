"""The language server (``recipelint server``): the linter inside an editor.

``session`` keeps the engine warm and lints buffers exactly as ``check`` lints files;
``app`` speaks the protocol through pygls (the ``lsp`` extra); ``positions`` converts
positions to the client's encoding; ``protocol`` builds the LSP values; ``disable``
places suppression comments; ``completion`` completes front matter.
"""
