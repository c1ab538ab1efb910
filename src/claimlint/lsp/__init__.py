"""The language server (`claimlint lsp`): live checks in the editor. Needs `pip install 'claimlint[lsp]'` (pygls)."""
