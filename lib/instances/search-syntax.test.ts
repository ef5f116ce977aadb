import { describe, expect, it } from "vitest";
import { addTerm, guessFilter, parseSearch, removeTerm } from "./search-syntax";

describe("parseSearch", () => {
  it("turns the documented example into DescribeInstances Filters", () => {
    const { filters, errors } = parseSearch("state:running zone:ap-guangzhou-3 tag:env=prod name:web 10.0.1.5 ins-abc12345");
    expect(errors).toEqual([]);
    expect(filters).toEqual([
      { Name: "instance-state", Values: ["RUNNING"] },
      { Name: "zone", Values: ["ap-guangzhou-3"] },
      { Name: "tag:env", Values: ["prod"] },
      { Name: "instance-name", Values: ["web"] },
      { Name: "private-ip-address", Values: ["10.0.1.5"] },
      { Name: "instance-id", Values: ["ins-abc12345"] },
    ]);
  });

  it("an empty box means no filters", () => {
    expect(parseSearch("   ")).toEqual({ terms: [], filters: [], errors: [] });
  });

  it("same key twice ORs the values into one filter; commas do the same", () => {
    expect(parseSearch("state:running state:stopped").filters).toEqual([{ Name: "instance-state", Values: ["RUNNING", "STOPPED"] }]);
    expect(parseSearch("state:running,stopped").filters).toEqual([{ Name: "instance-state", Values: ["RUNNING", "STOPPED"] }]);
    expect(parseSearch("ins-aaaaaaaa ins-bbbbbbbb").filters).toEqual([{ Name: "instance-id", Values: ["ins-aaaaaaaa", "ins-bbbbbbbb"] }]);
  });

  it("accepts the API's own filter names as keys", () => {
    expect(parseSearch("instance-state:STOPPED vpc-id:vpc-1 security-group-id:sg-2 private-ip-address:10.1.1.1").filters).toEqual([
      { Name: "instance-state", Values: ["STOPPED"] },
      { Name: "vpc-id", Values: ["vpc-1"] },
      { Name: "security-group-id", Values: ["sg-2"] },
      { Name: "private-ip-address", Values: ["10.1.1.1"] },
    ]);
  });

  it("maps every documented filter from its short key", () => {
    const first = parseSearch("charge:hourly project:1002189 vpc:vpc-a subnet:subnet-b sg:sg-c host:host-d");
    const second = parseSearch("cdc:cluster-e uuid:u-1 ipv6:2001:db8::1 public-ip:1.2.3.4 tag-key:team tag-value:blue");
    expect([...first.errors, ...second.errors]).toEqual([]);
    expect([...first.filters, ...second.filters].map((f) => f.Name)).toEqual([
      "instance-charge-type",
      "project-id",
      "vpc-id",
      "subnet-id",
      "security-group-id",
      "host-id",
      "dedicated-cluster-id",
      "uuid",
      "ipv6-address",
      "public-ip-address",
      "tag-key",
      "tag-value",
    ]);
    expect(first.filters[0].Values).toEqual(["POSTPAID_BY_HOUR"]);
  });

  it("tag:key=value filters by the pair, tag:key alone by the key, and values may contain '='", () => {
    expect(parseSearch("tag:env=prod,staging").filters).toEqual([{ Name: "tag:env", Values: ["prod", "staging"] }]);
    expect(parseSearch("tag:owner").filters).toEqual([{ Name: "tag-key", Values: ["owner"] }]);
    expect(parseSearch("tag:expr=a=b").filters).toEqual([{ Name: "tag:expr", Values: ["a=b"] }]);
    expect(parseSearch('tag:"cost center"="R&D 1"').filters).toEqual([{ Name: "tag:cost center", Values: ["R&D 1"] }]);
  });

  it("creation time: dates are UTC (as the console shows them), sent in the API's Beijing-time format", () => {
    expect(parseSearch("created:2024-06-01").filters).toEqual([
      { Name: "creation-start-time", Values: ["2024-06-01 08:00:00"] },
      { Name: "creation-end-time", Values: ["2024-06-02 07:59:59"] },
    ]);
    expect(parseSearch("created:2024-06-01..2024-06-30T20:00").filters).toEqual([
      { Name: "creation-start-time", Values: ["2024-06-01 08:00:00"] },
      { Name: "creation-end-time", Values: ["2024-07-01 04:00:00"] },
    ]);
    expect(parseSearch("created:..2024-06-30").filters).toEqual([{ Name: "creation-end-time", Values: ["2024-07-01 07:59:59"] }]);
    expect(parseSearch("after:2024-01-31").filters).toEqual([{ Name: "creation-start-time", Values: ["2024-01-31 08:00:00"] }]);
  });

  it("free text guesses ids, addresses and zones by shape; anything else is part of a name", () => {
    expect(guessFilter("ins-abc12345")).toBe("instance-id");
    expect(guessFilter("10.0.1.5")).toBe("private-ip-address");
    expect(guessFilter("172.20.0.1")).toBe("private-ip-address");
    expect(guessFilter("192.168.1.1")).toBe("private-ip-address");
    expect(guessFilter("119.29.1.1")).toBe("public-ip-address");
    expect(guessFilter("fe80::1")).toBe("ipv6-address");
    expect(guessFilter("e85f1388-0422-410d-8e50-bef540e78c18")).toBe("uuid");
    expect(guessFilter("sg-p1ezv4wz")).toBe("security-group-id");
    expect(guessFilter("vpc-m0cnatxj")).toBe("vpc-id");
    expect(guessFilter("subnet-mv4sn55k")).toBe("subnet-id");
    expect(guessFilter("ap-guangzhou-3")).toBe("zone");
    expect(guessFilter("web-01")).toBe("instance-name");
    expect(guessFilter("ins-abc")).toBe("instance-name"); // partial ids search names, not the malformed-id error
    const { terms } = parseSearch('web "db primary"');
    expect(terms).toEqual([
      { raw: "web", filter: "instance-name", values: ["web"], guessed: true },
      { raw: '"db primary"', filter: "instance-name", values: ["db primary"], guessed: true },
    ]);
  });

  it("an IPv6 address with a letter prefix is not mistaken for a key", () => {
    expect(parseSearch("fe80::1").filters).toEqual([{ Name: "ipv6-address", Values: ["fe80::1"] }]);
  });

  it("names an unknown key and suggests the closest one", () => {
    const { errors, filters } = parseSearch("stat:running name:web");
    expect(errors).toEqual([{ code: "unknownKey", token: "stat:running", key: "stat", suggestion: "state" }]);
    expect(filters).toEqual([{ Name: "instance-name", Values: ["web"] }]);
    expect(parseSearch("colour:red").errors[0]).toMatchObject({ code: "unknownKey", key: "colour", suggestion: undefined });
  });

  it("rejects values the API would refuse, saying which", () => {
    expect(parseSearch("state:sleeping").errors).toEqual([{ code: "badState", token: "state:sleeping", key: "state", value: "sleeping" }]);
    expect(parseSearch("charge:free").errors[0]).toMatchObject({ code: "badChargeType", value: "free" });
    expect(parseSearch("project:abc").errors[0]).toMatchObject({ code: "badProject", value: "abc" });
    expect(parseSearch("created:2024-02-30").errors[0]).toMatchObject({ code: "badDate", value: "2024-02-30" });
    expect(parseSearch("name:").errors[0]).toMatchObject({ code: "emptyValue", key: "name" });
    expect(parseSearch("tag:=x").errors[0]).toMatchObject({ code: "badTag" });
    expect(parseSearch('name:"web').errors[0]).toMatchObject({ code: "unclosedQuote" });
  });

  it("enforces the API limits: 5 values per filter, 10 filters (seed 10104)", () => {
    expect(parseSearch("state:running,stopped,pending,starting,stopping,rebooting").errors).toEqual([
      { code: "tooManyValues", token: "instance-state", key: "instance-state", value: "5" },
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => `tag:k${i}=v`).join(" ");
    expect(parseSearch(eleven).errors).toEqual([{ code: "tooManyFilters", token: "", value: "10" }]);
  });

  it("states are case-insensitive and accept dashes", () => {
    expect(parseSearch("state:launch-failed").filters).toEqual([{ Name: "instance-state", Values: ["LAUNCH_FAILED"] }]);
  });
});

describe("removeTerm / addTerm", () => {
  it("removes exactly one chip's token and keeps the rest as typed", () => {
    expect(removeTerm('state:running  name:"web server" zone:ap-guangzhou-3', 'name:"web server"')).toBe("state:running zone:ap-guangzhou-3");
    expect(removeTerm("a b", "c")).toBe("a b");
  });

  it("adds a key:value once, quoting values with spaces", () => {
    expect(addTerm("state:running", "zone", "ap-guangzhou-3")).toBe("state:running zone:ap-guangzhou-3");
    expect(addTerm("", "name", "web server")).toBe('name:"web server"');
    expect(addTerm("zone:ap-guangzhou-3", "zone", "ap-guangzhou-3")).toBe("zone:ap-guangzhou-3");
  });
});
