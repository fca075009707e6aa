import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

// Testing Library unmounts on its own only when test globals are on; they are not here.
afterEach(() => cleanup());
