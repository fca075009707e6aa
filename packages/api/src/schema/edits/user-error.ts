import { builder } from "../../builder.ts";

export interface UserErrorShape {
  code: string;
  path: string[];
  message: string;
}

export const UserError = builder.objectRef<UserErrorShape>("UserError").implement({
  description: "Something about the input the person can correct: which field, and what is wrong with it.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "INVALID_INPUT, NOT_FOUND, STALE (someone changed it since you loaded it), CONFLICT, EMAIL_TAKEN or BAD_CREDENTIALS." }),
    path: t.exposeStringList("path", { description: "The input field at fault, e.g. [\"startDate\"] or [\"sources\", \"0\", \"passage\"]; empty for the input as a whole." }),
    message: t.exposeString("message", { description: "What is wrong, in words." }),
  }),
});
