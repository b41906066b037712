// One error model for the API: typed errors, mapped once to application/problem+json (RFC 9457).

export interface FieldProblem {
  field: string;
  message: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(detail);
    this.name = "ApiProblem";
  }
}

const VALIDATION_TITLES: Record<number, string> = {
  400: "Bad request",
  413: "Payload too large",
  422: "Invalid input",
};

export const validationProblem = (errors: FieldProblem[], status: 400 | 413 | 422 = 422) =>
  new ApiProblem(status, VALIDATION_TITLES[status]!, errors.map((e) => `${e.field}: ${e.message}`).join("; "), errors);
export const notFound = (what: string) => new ApiProblem(404, "Not found", `${what} does not exist`);
export const conflict = (detail: string, field?: string) =>
  new ApiProblem(409, "Conflict", detail, field ? [{ field, message: detail }] : []);
export const unauthorized = (detail: string) => new ApiProblem(401, "Unauthorized", detail);

export function problemResponse(error: unknown): Response {
  const problem =
    error instanceof ApiProblem ? error : new ApiProblem(500, "Internal error", "Something went wrong on the server.");
  if (!(error instanceof ApiProblem)) console.error("[api] unexpected error", error);
  const body = {
    type: "about:blank",
    title: problem.title,
    status: problem.status,
    detail: problem.message,
    ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
  };
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  if (problem.status === 401) headers["www-authenticate"] = 'Bearer realm="chainpulse"';
  return new Response(JSON.stringify(body), { status: problem.status, headers });
}
