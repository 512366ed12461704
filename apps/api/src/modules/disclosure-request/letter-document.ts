import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { Letter } from '@govopen/domain';

const BODY_FONT = '仿宋';
const TITLE_FONT = '方正小标宋简体';

/** A 告知书 as .docx in the usual official layout: centred title, 三号仿宋 body, first-line indent, signature right. */
export function letterToDocx(letter: Letter): Promise<Buffer> {
  const body = (text: string, options: { indent?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
    new Paragraph({
      alignment: options.alignment,
      indent: options.indent ? { firstLine: 640 } : undefined,
      spacing: { line: 560 },
      children: [new TextRun({ text, font: BODY_FONT, size: 32 })],
    });
  const document = new Document({
    creator: letter.signature,
    title: letter.title,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: letter.title, font: TITLE_FONT, size: 44 })],
          }),
          body(letter.number, { alignment: AlignmentType.RIGHT }),
          body(letter.recipient),
          ...letter.paragraphs.map((text) => body(text, { indent: true })),
          body(''),
          body(letter.signature, { alignment: AlignmentType.RIGHT }),
          body(letter.date, { alignment: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
