/**
 * Characters that show nothing or change how text around them reads: control characters other than white
 * space, format characters (bidi overrides and isolates, zero-width characters, soft hyphen, BOM, tag
 * characters), lone surrogates, private-use and unassigned code points (every character of Unicode's "other"
 * category but white space). Removed from every server text before it is shown, so that no name or
 * message can pose as another ("web-\u202Ebl-dorp" reads "web-prod-lb").
 */
export const INVISIBLE = /[^\P{C}\s]|\uFEFF/gu;
