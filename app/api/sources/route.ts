import { handleSources } from "@/lib/api/sources";

export function GET(request: Request): Response {
  return handleSources(request);
}
