import { Button } from '@mantine/core';

/** 打印: the browser's print dialog; print.css lays the page out for paper (a record as text, a list landscape). */
export function PrintButton() {
  return (
    <Button variant="default" onClick={() => window.print()}>
      打印
    </Button>
  );
}
