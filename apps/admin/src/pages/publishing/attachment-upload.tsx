import { App, Button, Upload } from 'antd';
import { uploadMedia } from '../../api/upload';

export interface AttachedFile {
  id: number;
  name: string;
}

/** Documents attached to what staff publish (policies, consultation drafts): uploaded on pick, removable before saving. */
export function AttachmentUpload({ files, onChange }: { files: AttachedFile[]; onChange: (update: (current: AttachedFile[]) => AttachedFile[]) => void }) {
  const { message } = App.useApp();
  return (
    <Upload
      fileList={files.map((file) => ({ uid: String(file.id), name: file.name, status: 'done' as const }))}
      onRemove={(file) => onChange((current) => current.filter((item) => String(item.id) !== file.uid))}
      customRequest={async ({ file, onSuccess, onError }) => {
        try {
          const uploaded = await uploadMedia('policy_attachment', file as File);
          onChange((current) => [...current, { id: uploaded.id, name: uploaded.name }]);
          onSuccess?.(uploaded);
        } catch (caught) {
          message.error((caught as Error).message);
          onError?.(caught as Error);
        }
      }}
      showUploadList={{ showRemoveIcon: true }}
    >
      <Button>上传附件</Button>
    </Upload>
  );
}
