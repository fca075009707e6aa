import { builder } from "../../builder.ts";

export const Role = builder.enumType("Role", {
  description: "What an account may do. Anonymous visitors read; every role adds to the one before.",
  values: {
    MEMBER: { description: "Adds entities and links, and changes or deletes what they added." },
    EDITOR: { description: "Changes, deletes, restores and merges anything." },
    ADMIN: { description: "Also manages accounts and roles." },
  } as const,
});

export const User = builder.prismaObject("User", {
  description: "An account of a contributor.",
  fields: (t) => ({
    userId: t.exposeString("id", { description: "The account's id." }),
    name: t.exposeString("name", { description: "The name shown with their contributions." }),
    role: t.expose("role", { type: Role, description: "What they may do." }),
    email: t.exposeString("email", {
      description: "Their email: visible to themselves and to admins only.",
      authScopes: (user, _args, ctx) => (ctx.actor?.userId === user.id ? true : { admin: true }),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the account was made." }),
  }),
});
