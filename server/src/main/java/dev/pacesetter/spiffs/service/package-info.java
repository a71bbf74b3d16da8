/**
 * SPIFFs as a service: programs (admins), awards recomputed from the ledger after every append and
 * upserted by (program, source activity), their approval to payroll, progress, nudges, the audit
 * trail, the demo programs and the HTTP resource. The rules themselves are in {@link dev.pacesetter.spiffs}.
 */
package dev.pacesetter.spiffs.service;
