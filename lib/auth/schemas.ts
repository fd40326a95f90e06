import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./auth";
import { USER_ROLES } from "./roles";

export const emailField = z.string().trim().toLowerCase().max(320).pipe(z.email("must be an email address"));

export const passwordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

export const roleField = z.enum(USER_ROLES, { error: `must be one of: ${USER_ROLES.join(", ")}` });

export const newUserSchema = z
  .object({
    email: emailField,
    name: z.string().trim().min(1, "must not be empty").max(200).optional(),
    password: passwordField,
    role: roleField,
  })
  .strict();

export const roleChangeSchema = z.object({ role: roleField }).strict();

export const newTokenSchema = z
  .object({
    /** The account the token acts for (by id or email); defaults to the admin creating it. */
    user: z.string().trim().min(1).max(320).optional(),
    name: z.string().trim().min(1, "give the token a name, e.g. the script that uses it").max(100),
  })
  .strict();
