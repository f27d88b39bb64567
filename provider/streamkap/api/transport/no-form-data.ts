// Stands in for the `form-data` package in the provider's bundle (see scripts/build.ts).
// axios imports it for multipart bodies, which this provider never sends; the real package
// and mime-db behind it were half of the bundle and a third of the HTTP client's load time.
export default class MultipartBodiesNotSupported {
  constructor() {
    throw new Error("multipart request bodies are not supported by terraform-provider-streamkap");
  }
}
