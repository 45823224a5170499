// The part of the Frictionless Data JavaScript library (npm datapackage) the tests use;
// the package ships no types.
declare module 'datapackage' {
  export interface ReadOptions {
    keyed?: boolean;
    cast?: boolean;
    /** Return a row's error in its place instead of throwing at the first. */
    forceCast?: boolean;
    /** Check foreign keys against the resources they reference. */
    relations?: boolean;
  }
  export interface Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly tabular: boolean;
    readonly headers: string[];
    readonly descriptor: Record<string, unknown>;
    read(options: ReadOptions & { keyed: true }): Promise<Array<Record<string, unknown> | Error>>;
    checkRelations(): Promise<boolean>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly resourceNames: string[];
    getResource(name: string): Resource | null;
  }
}
