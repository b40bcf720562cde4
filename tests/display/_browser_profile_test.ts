import { expect } from "chai";
import { tmpdir } from "node:os";
import { makeProfile } from "../../lib/display/_browser_profile.ts";

Deno.test("makeProfile() removes profiles of ended processes and names its own after this one", async () => {
  // Process ids never reach 999999999, so this profile's process has ended.
  const stale = `${tmpdir()}/relu-lab-chromium-999999999-test`;
  await Deno.mkdir(`${stale}/Default`, { recursive: true });
  const profile = await makeProfile();
  try {
    expect(profile).to.match(new RegExp(`/relu-lab-chromium-${Deno.pid}-[^/]+$`));
    expect((await Deno.stat(profile)).isDirectory).to.equal(true);
    let gone = false;
    await Deno.stat(stale).catch(() => gone = true);
    // Deno lets only fully privileged processes read /proc; without it stale profiles stay.
    const procReadable = await Deno.stat("/proc/self").then(() => true, () => false);
    expect(gone).to.equal(procReadable);
    if (!gone) await Deno.remove(stale, { recursive: true });
  } finally {
    await Deno.remove(profile, { recursive: true });
  }
});
