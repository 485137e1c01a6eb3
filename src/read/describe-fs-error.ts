/** Turns a Node file-system error into a reason a user can act on, keyed by its code. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case "ENOENT":
      return "does not exist";
    case "EACCES":
    case "EPERM":
      return "cannot be read: permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    case "ELOOP":
      return "cannot be read: too many symbolic links (a link loop?)";
    case "EMFILE":
    case "ENFILE":
      return "cannot be opened: too many open files";
    default:
      return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}
