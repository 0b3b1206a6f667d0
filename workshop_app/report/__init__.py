"""The PDF documents (reportlab, never Qt): personal debriefs, group synthesis, print pack.

Two reportlab settings are process-wide, so they are set here, before reportlab.graphics is
imported: binary compressed streams (smaller files, no base-85 pass in pure Python) and no
attribute checking on chart shapes (about a tenth of a debrief's time; ours are tested).
"""

from reportlab import rl_config

rl_config.useA85 = 0
rl_config.shapeChecking = 0
