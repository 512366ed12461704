import { BoldOutlined, OrderedListOutlined, PictureOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip } from 'antd';
import { useEffect, useRef } from 'react';
import { uploadMedia } from '../../api/upload';

interface Props {
  value?: string;
  onChange?: (html: string) => void;
  /** Called with each uploaded image's id: images in a body are the record's attachments too. */
  onImageUploaded?: (id: number) => void;
  minHeight?: number;
}

/**
 * A plain editor for 正文: headings, bold, lists, images uploaded to our media. What it produces is sanitised again by
 * the API, which refuses scripts and drops anything outside its allow-list, so pasted Word markup cannot hurt readers.
 */
export function RichTextEditor({ value, onChange, onImageUploaded, minHeight = 240 }: Props) {
  const { message } = App.useApp();
  const editor = useRef<HTMLDivElement>(null);
  const picker = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editor.current && editor.current.innerHTML !== (value ?? '')) editor.current.innerHTML = value ?? '';
  }, [value]);

  const command = (name: string, argument?: string) => {
    editor.current?.focus();
    document.execCommand(name, false, argument);
    onChange?.(editor.current?.innerHTML ?? '');
  };

  const insertImage = async (file: File) => {
    try {
      const uploaded = await uploadMedia('image', file);
      onImageUploaded?.(uploaded.id);
      command('insertHTML', `<p><img src="/api/media/${uploaded.id}/content" alt="${uploaded.name.replace(/"/g, '')}"></p>`);
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  return (
    <div className="rich-text-editor">
      <Space size={4} style={{ marginBottom: 6 }}>
        <Button size="small" onClick={() => command('formatBlock', 'h3')}>标题</Button>
        <Button size="small" onClick={() => command('formatBlock', 'p')}>正文</Button>
        <Tooltip title="加粗"><Button size="small" icon={<BoldOutlined />} onClick={() => command('bold')} aria-label="加粗" /></Tooltip>
        <Tooltip title="编号列表"><Button size="small" icon={<OrderedListOutlined />} onClick={() => command('insertOrderedList')} aria-label="编号列表" /></Tooltip>
        <Tooltip title="项目列表"><Button size="small" icon={<UnorderedListOutlined />} onClick={() => command('insertUnorderedList')} aria-label="项目列表" /></Tooltip>
        <Tooltip title="插入图片"><Button size="small" icon={<PictureOutlined />} onClick={() => picker.current?.click()} aria-label="插入图片" /></Tooltip>
        <input ref={picker} type="file" accept="image/*" style={{ display: 'none' }} onChange={(event) => event.target.files?.[0] && insertImage(event.target.files[0])} />
      </Space>
      <div
        ref={editor}
        className="rich-text-editor-body"
        contentEditable
        role="textbox"
        aria-multiline
        aria-label="正文"
        style={{ minHeight, border: '1px solid #d9d9d9', borderRadius: 6, padding: '8px 12px', background: '#fff', lineHeight: 1.8 }}
        onInput={() => onChange?.(editor.current?.innerHTML ?? '')}
        suppressContentEditableWarning
      />
    </div>
  );
}
