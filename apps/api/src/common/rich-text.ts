import sanitizeHtml from 'sanitize-html';
import { AppException } from './app-exception';

/** Things that only an attack puts in a document body: refused with a reason rather than silently dropped. */
const ATTACKS: { pattern: RegExp; name: string }[] = [
  { pattern: /<\s*script\b/i, name: '<script> 脚本' },
  { pattern: /<\s*(iframe|frame|object|embed|applet)\b/i, name: '内嵌页面或插件（iframe/object/embed）' },
  { pattern: /<\s*(style|link|meta|base|form)\b/i, name: '样式表、表单或页面元数据标签' },
  { pattern: /\son[a-z]+\s*=/i, name: '事件处理属性（如 onclick、onerror）' },
  { pattern: /(?:java|vb)script\s*:/i, name: 'javascript: 链接' },
  { pattern: /data\s*:\s*text\/html/i, name: 'data:text/html 链接' },
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sup', 'sub', 'ul', 'ol', 'li', 'blockquote', 'hr', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'div'],
  allowedAttributes: { a: ['href', 'title', 'target', 'rel'], img: ['src', 'alt', 'width', 'height'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'], '*': ['style'] },
  allowedStyles: { '*': { 'text-align': [/^(left|right|center|justify)$/], 'text-indent': [/^\d+(\.\d+)?em$/] } },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  // Images come from our own media (relative /api/media/… links) or https.
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { target: '_blank', rel: 'noopener noreferrer' }) },
  disallowedTagsMode: 'discard',
};

/**
 * A rich-text body as readers will get it: script, event handlers and javascript: links are refused (400 naming the
 * field and what was found); anything else outside the allow-list (unknown tags, attributes, styles) is dropped.
 */
export function sanitizeRichText(html: string, field: string): string {
  for (const { pattern, name } of ATTACKS) {
    if (pattern.test(html)) throw AppException.invalid(field, `内容中含有不允许的${name}，请删除后再保存`);
  }
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Plain text of a body, for the search index and summaries. */
export function textOf(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
}
