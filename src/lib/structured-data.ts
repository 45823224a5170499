/**
 * JSON-LD for search engines, typed against schema.org with schema-dts so that a property
 * schema.org does not define, or a value of the wrong kind, fails the type check. Pure:
 * pages pass in what they know and the origin they are deployed at.
 */
import type {
  BreadcrumbList,
  DataDownload,
  Dataset,
  NewsArticle,
  Observation,
  Organization,
  OrganizationLeaf,
  Place,
  Report,
  StatisticalVariable,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts';
import { DATA_LICENSE, SITE_NAME, SITE_SHORT_NAME, absoluteUrl } from './site.ts';
import { scriptJson } from './xml.ts';

export type JsonLd = WithContext<Thing>;

const CONTEXT = 'https://schema.org' as const;

/** The portal itself, which compiles the data and writes the articles. */
export function portalOrganization(origin: string | URL): OrganizationLeaf {
  return {
    '@type': 'Organization',
    name: SITE_NAME,
    url: absoluteUrl('/', origin),
    logo: absoluteUrl('/favicon.svg', origin),
  };
}

export function homePageData(origin: string | URL): [WithContext<WebSite>, WithContext<Organization>] {
  return [
    {
      '@context': CONTEXT,
      '@type': 'WebSite',
      name: SITE_NAME,
      alternateName: SITE_SHORT_NAME,
      url: absoluteUrl('/', origin),
      inLanguage: 'vi',
      publisher: portalOrganization(origin),
    },
    { '@context': CONTEXT, ...portalOrganization(origin) },
  ];
}

export function breadcrumbList(
  trail: ReadonlyArray<{ name: string; href: string }>,
  origin: string | URL,
): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.href, origin),
    })),
  };
}

/**
 * When an article dated YYYY-MM-DD was published: articles carry a day only, and count as
 * published at midnight Vietnam time (UTC+7), so the instant is the same everywhere.
 */
export function articleDateTime(day: string): string {
  return `${day}T00:00:00+07:00`;
}

export interface ArticleData {
  title: string;
  description: string;
  /** YYYY-MM-DD. */
  published: string;
  path: string;
  imagePath: string;
  /** Site paths of the source reports. */
  basedOn: readonly string[];
}

export function newsArticle(article: ArticleData, origin: string | URL): WithContext<NewsArticle> {
  const published = articleDateTime(article.published);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    datePublished: published,
    // Articles keep no record of later edits: the last change is the publication.
    dateModified: published,
    inLanguage: 'vi',
    mainEntityOfPage: absoluteUrl(article.path, origin),
    image: [absoluteUrl(article.imagePath, origin)],
    author: portalOrganization(origin),
    publisher: portalOrganization(origin),
    isBasedOn: article.basedOn.map((path) => absoluteUrl(path, origin)),
  };
}

export interface Download {
  path: string;
  encodingFormat: string;
}

export interface DatasetData {
  name: string;
  description: string;
  path: string;
  downloads: readonly Download[];
  /** The report the data is taken from. */
  isBasedOn?: Report;
  spatialCoverage?: Place;
  /** ISO 8601 interval, "2019/2024". */
  temporalCoverage?: string;
  /** What the figures measure: names, or the indicator as a statistical variable. */
  variableMeasured?: Array<string | StatisticalVariable>;
}

/** A dataset the portal compiles and publishes under its open-data licence. */
export function dataset(data: DatasetData, origin: string | URL): WithContext<Dataset> {
  const distribution: DataDownload[] = data.downloads.map((d) => ({
    '@type': 'DataDownload',
    encodingFormat: d.encodingFormat,
    contentUrl: absoluteUrl(d.path, origin),
  }));
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: data.name,
    description: data.description,
    url: absoluteUrl(data.path, origin),
    inLanguage: 'vi',
    license: DATA_LICENSE.url,
    isAccessibleForFree: true,
    creator: portalOrganization(origin),
    distribution,
    ...(data.isBasedOn ? { isBasedOn: data.isBasedOn } : {}),
    ...(data.spatialCoverage ? { spatialCoverage: data.spatialCoverage } : {}),
    ...(data.temporalCoverage ? { temporalCoverage: data.temporalCoverage } : {}),
    ...(data.variableMeasured ? { variableMeasured: data.variableMeasured } : {}),
  };
}

/** JSON-LD in a <script> element: "<" is escaped so no text can close the element. */
export function jsonLdText(data: JsonLd): string {
  return scriptJson(data);
}

/** An indicator as schema.org's StatisticalVariable: what is measured, defined once, with its page. */
export function statisticalVariable(
  indicator: { name: string; definition: string },
  path: string,
  origin: string | URL,
): StatisticalVariable {
  return {
    '@type': 'StatisticalVariable',
    name: indicator.name,
    description: indicator.definition,
    url: absoluteUrl(path, origin),
    statType: 'https://schema.org/measuredValue',
  };
}

export interface ObservationData {
  /** The figure as a sentence: "Hòa Bình: mô hình đang duy trì: 45 mô hình". */
  name: string;
  /** The figure as printed, qualifier and period included. */
  description: string;
  path: string;
  value: number;
  unit: string;
  qualifier: 'exact' | 'over' | 'about' | 'nearly' | 'under';
  /** The province the figure is about. */
  place: Place;
  variable: StatisticalVariable;
  /** YYYY-MM-DD, when the figure holds at a known day. */
  date?: string;
  /** ISO 8601 duration of the span the figure covers ("P6Y"). */
  period?: string;
}

/**
 * One figure as schema.org's Observation. A hedged figure ("trên 20.203") keeps its printed
 * number as `value` and says the hedge in `description`; "over" also gives the number as the
 * lower bound, "nearly" and "under" as the upper bound.
 */
export function observation(data: ObservationData, origin: string | URL): WithContext<Observation> {
  const bound =
    data.qualifier === 'over'
      ? { minValue: data.value }
      : data.qualifier === 'nearly' || data.qualifier === 'under'
        ? { maxValue: data.value }
        : {};
  return {
    '@context': CONTEXT,
    '@type': 'Observation',
    name: data.name,
    description: data.description,
    url: absoluteUrl(data.path, origin),
    value: data.value,
    unitText: data.unit,
    ...bound,
    observationAbout: data.place,
    variableMeasured: data.variable,
    ...(data.date ? { observationDate: data.date } : {}),
    ...(data.period ? { observationPeriod: data.period } : {}),
  };
}
