#!/usr/bin/env python3
"""A minimal, independent RFC 5545 check of an .ics file, written with the standard library only.

It checks the syntax and structure, not every rule of the RFC: CRLF line ends, content lines of at most 75 octets
(section 3.1), unfolding, the "name[;param]*:value" shape of every content line, properly nested BEGIN/END
components, and the properties that must be present (section 3.6.1 VEVENT: UID, DTSTAMP, DTSTART; 3.6.6 VALARM:
ACTION, TRIGGER, and DESCRIPTION for DISPLAY; 3.4 VCALENDAR: VERSION 2.0, PRODID). It prints one line per event
("UID DTSTART SUMMARY") and exits 1 with the reasons when the file is not valid.
"""
import re
import sys

NAME = re.compile(r"^[A-Za-z0-9-]+$")


def main(path):
    data = open(path, "rb").read()
    problems = []
    if b"\n" in data.replace(b"\r\n", b""):
        problems.append("a line ends in LF without CR")
    physical = data.split(b"\r\n")
    if physical and physical[-1] == b"":
        physical = physical[:-1]
    for number, line in enumerate(physical, 1):
        if len(line) > 75:
            problems.append(f"line {number} has {len(line)} octets (at most 75)")
    lines = []
    for line in physical:
        text = line.decode("utf-8")
        if text.startswith((" ", "\t")) and lines:
            lines[-1] += text[1:]
        else:
            lines.append(text)
    stack = []
    events = []
    current = None
    for line in lines:
        head, sep, value = line.partition(":")
        if not sep:
            problems.append(f"no ':' in {line!r}")
            continue
        name = head.split(";")[0].upper()
        if not NAME.match(name):
            problems.append(f"bad property name {name!r}")
        if name == "BEGIN":
            stack.append((value.upper(), {}))
            continue
        if name == "END":
            if not stack or stack[-1][0] != value.upper():
                problems.append(f"END:{value} does not close {stack[-1][0] if stack else 'anything'}")
                continue
            component, props = stack.pop()
            required = {"VCALENDAR": ["VERSION", "PRODID"], "VEVENT": ["UID", "DTSTAMP", "DTSTART"], "VALARM": ["ACTION", "TRIGGER"]}.get(component, [])
            for prop in required:
                if prop not in props:
                    problems.append(f"{component} without {prop}")
            if component == "VALARM" and props.get("ACTION", [""])[0].upper() == "DISPLAY" and "DESCRIPTION" not in props:
                problems.append("DISPLAY VALARM without DESCRIPTION")
            if component == "VCALENDAR" and props.get("VERSION", [""])[0] != "2.0":
                problems.append("VERSION is not 2.0")
            if component == "VEVENT":
                events.append(props)
            continue
        if not stack:
            problems.append(f"{name} outside a component")
            continue
        stack[-1][1].setdefault(name, []).append(value)
    if stack:
        problems.append("unclosed " + ", ".join(c for c, _ in stack))
    uids = [e["UID"][0] for e in events if "UID" in e]
    if len(uids) != len(set(uids)):
        problems.append("duplicate UID")
    if problems:
        print("\n".join(problems))
        return 1
    for e in events:
        print(e["UID"][0], e["DTSTART"][0], e.get("SUMMARY", [""])[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
