"""The bureau workbook on screen: exporting the submission, importing a sender's 产品目录 sheet.

Opened from the File menu and imported on first use of its entries, not at start-up: openpyxl and the
exchange services are not needed to show the window, and most desks never open them.
"""
