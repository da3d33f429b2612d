export interface LibreOfficeTools {
  soffice: string | null;
  pdfinfo: string | null;
  pdftotext: string | null;
  pdftoppm: string | null;
  /** What is not installed, named for a message; empty when everything is there. */
  missing: string[];
}
/** soffice's path, or null: env SOFFICE_PATH, PATH, then the usual install folders. Never installs. */
export declare function findSoffice(): string | null;
/** LibreOffice and the poppler tools, and what of them is missing. Never installs. */
export declare function findLibreOffice(): LibreOfficeTools;
/** How to install what is missing, in Chinese and English. */
export declare function installHint(): string;
/**
 * Converts .docx files to PDF in one soffice run with a private profile; the PDFs' paths, in order. Throws on failure.
 */
export declare function convertToPdf(
  files: readonly string[],
  outDir: string,
  options?: { timeoutMs?: number },
): string[];
/** Page count of a PDF (pdfinfo). */
export declare function pdfPages(pdf: string): number;
/** Text of a PDF's pages, layout kept (pdftotext -layout). */
export declare function pdfText(pdf: string, first?: number, last?: number): string;
/** Like findLibreOffice(), but installs the packages with apt as root when missing. True when all are there. */
export declare function ensureLibreOffice(): boolean;
