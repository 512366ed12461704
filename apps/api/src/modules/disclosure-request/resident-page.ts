/** The mini-program page of a request: where a notice about it, in the app or in WeChat, takes the applicant. */
export function residentPageOfRequest(id: number): string {
  return `/packages/disclosure/pages/detail/index?id=${id}`;
}
