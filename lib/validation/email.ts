import { z } from "zod";
import { emailSchemaMessage } from "./form";

export const emailAddressSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ message: emailSchemaMessage }));
