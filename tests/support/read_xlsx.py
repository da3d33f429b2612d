"""Reads an .xlsx with openpyxl, an independent implementation of the format, and prints what the tests check as JSON:
sheet names, merged ranges, cell values and styles, print setup, frozen panes, footer.

Usage: python3 tests/support/read_xlsx.py file.xlsx
"""
import json
import sys

import openpyxl


def font_of(cell):
    font = cell.font
    return [font.name, float(font.sz) if font.sz is not None else None, bool(font.b)]


def border_of(cell):
    b = cell.border
    return all(side is not None and side.style == "thin" for side in (b.left, b.right, b.top, b.bottom))


def sheet(ws):
    cells = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            cells[cell.coordinate] = {
                "v": cell.value,
                "font": font_of(cell),
                "fmt": cell.number_format,
                "wrap": bool(cell.alignment.wrap_text),
                "h": cell.alignment.horizontal,
                "border": border_of(cell),
            }
    setup = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr
    footer = ws.oddFooter
    return {
        "name": ws.title,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "cells": cells,
        "maxRow": ws.max_row,
        "maxColumn": ws.max_column,
        "print": {
            "orientation": setup.orientation,
            "paperSize": int(setup.paperSize) if setup.paperSize is not None else None,
            "fitToPage": bool(fit.fitToPage) if fit is not None else False,
            "fitToWidth": int(setup.fitToWidth) if setup.fitToWidth is not None else None,
            "fitToHeight": int(setup.fitToHeight) if setup.fitToHeight is not None else None,
            "titleRows": ws.print_title_rows,
            "horizontalCentered": bool(ws.print_options.horizontalCentered),
        },
        "freeze": ws.freeze_panes,
        "footer": footer.center.text if footer is not None and footer.center is not None else None,
    }


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    json.dump({"sheets": [sheet(ws) for ws in wb.worksheets]}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
