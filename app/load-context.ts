// What the server entry hands every loader and action besides the request.
export type LeerkringLoadContext = {
  /** Nonce of this response's Content-Security-Policy, for the inline scripts React Router writes. */
  nonce: string;
  /** The client's address, as far as the configured proxies let us know it. */
  clientIp: string;
};

declare module "react-router" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- module augmentation
  interface AppLoadContext extends LeerkringLoadContext {}
}
