export interface DraftArticle {
  /** "第十二条" as written in the draft. */
  number: string;
  text: string;
}

const ARTICLE_START = /^\s*(第[一二三四五六七八九十百零〇两\d]+条)[\s\u3000]*/;

/**
 * The articles of a draft regulation, so residents can comment on one: a paragraph that starts "第…条" opens an
 * article and the paragraphs after it belong to it until the next. Chapter headings (第…章) and any preamble are
 * not articles.
 */
export function splitDraftArticles(draft: string): DraftArticle[] {
  const articles: DraftArticle[] = [];
  for (const line of draft.split(/\r?\n/)) {
    const match = ARTICLE_START.exec(line);
    if (match) {
      articles.push({ number: match[1]!, text: line.slice(match[0].length).trim() });
    } else if (articles.length && line.trim() && !/^\s*第[一二三四五六七八九十百零〇两\d]+[章节]/.test(line)) {
      const last = articles[articles.length - 1]!;
      last.text = last.text ? `${last.text}\n${line.trim()}` : line.trim();
    }
  }
  return articles;
}
