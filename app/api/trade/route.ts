import { handleTrade } from "@/lib/api/trade";

export function GET(request: Request): Response {
  return handleTrade(request);
}
