"""Comic-style picture guides: the manifest format, loading and checking, and the picture kit.

Pure Python, no Qt: ``loader`` reads guide folders into ``model`` objects,
``scene`` renders pictures described as data to SVG with the ``kit``, and
``pictures`` gives the SVG of any step whatever its source.
"""
