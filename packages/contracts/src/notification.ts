/** One entry of the in-app 消息 list. */
export interface InboxMessage {
  id: number;
  kind: string;
  title: string;
  body: string;
  /** A mini-program or console path to open. */
  link: string | null;
  createdAt: string;
  read: boolean;
}
