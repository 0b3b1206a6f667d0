"""The PDF documents (reportlab, never Qt): personal debriefs, group synthesis, print pack.

Three reportlab settings are process-wide, so they are set here, before reportlab.graphics is
imported: binary compressed streams (smaller files, no base-85 pass in pure Python), no
attribute checking on chart shapes (about a tenth of a debrief's time; ours are tested), and
PDF names escaped once per name: reportlab escapes every dictionary key of every object
character by character (3 µs a name, some 170 names a debrief).
"""

from functools import lru_cache

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

rl_config.useA85 = 0
rl_config.shapeChecking = 0
pdfdoc.PDFName = lru_cache(maxsize=4096)(pdfdoc.PDFName)  # a pure function of its text
