package dev.kantor.cases.resolution;

/** Approvals that never wait forever, help requests and notifications on the embedded H2 database. */
class ApprovalCoverH2Test extends ApprovalCoverContract {}
