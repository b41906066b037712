import { inputClass } from "./formStyles.ts";

// Which credentials each protocol understands; what is stored is never shown back.
const FIELDS: Record<string, { name: string; label: string; type: string }[]> = {
  aitbc: [
    { name: "apiKey", label: "API key", type: "password" },
    { name: "bearerToken", label: "Bearer token", type: "password" },
  ],
  evm: [{ name: "bearerToken", label: "Bearer token", type: "password" }],
  bitcoin: [
    { name: "username", label: "RPC user", type: "text" },
    { name: "password", label: "RPC password", type: "password" },
  ],
};

export function CredentialFields({
  protocol,
  idPrefix,
  hasStored,
}: {
  protocol: string;
  idPrefix: string;
  hasStored: boolean;
}) {
  return (
    <fieldset className="grid gap-3 sm:col-span-4 sm:grid-cols-3">
      <legend className="mb-1 text-sm font-medium">
        Credentials{" "}
        <span className="font-normal text-slate-600 dark:text-slate-300">(optional, kept on the server)</span>
      </legend>
      {(FIELDS[protocol] ?? []).map((field) => (
        <div key={field.name}>
          <label htmlFor={`${idPrefix}-${field.name}`} className="block text-sm">
            {field.label}
          </label>
          <input
            id={`${idPrefix}-${field.name}`}
            name={field.name}
            type={field.type}
            autoComplete="off"
            placeholder={hasStored ? "unchanged" : ""}
            className={inputClass}
          />
        </div>
      ))}
      {hasStored ? (
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" name="clearCredentials" /> Remove stored credentials
        </label>
      ) : null}
    </fieldset>
  );
}
