import 'reflect-metadata';

type Constructor<T = unknown> = abstract new (...args: never[]) => T;

/** Every method of a class, jest-mocked, inherited ones included; resolves to undefined unless a test says otherwise. */
export function automock<T>(type: Constructor<T>): jest.Mocked<T> {
  const mock: Record<string, jest.Mock> = {};
  for (let proto = type.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(proto, name)?.value === 'function') mock[name] ??= jest.fn();
    }
  }
  return mock as unknown as jest.Mocked<T>;
}

export interface TestService<S> {
  sut: S;
  /** The auto-mock that was injected for a constructor parameter of this class. */
  mock<T>(type: Constructor<T>): jest.Mocked<T>;
}

/**
 * Builds a service with every constructor dependency auto-mocked (immich's newTestService), read from the
 * constructor's decorator metadata; `given` supplies real values for some (a fixed clock, the config), by class or
 * by parameter position for injection tokens.
 */
export function newTestService<S>(Service: new (...args: never[]) => S, given: { byType?: [Constructor, unknown][]; byIndex?: Record<number, unknown> } = {}): TestService<S> {
  const types: (Constructor | undefined)[] = Reflect.getMetadata('design:paramtypes', Service) ?? [];
  const byType = new Map(given.byType ?? []);
  const mocks = new Map<Constructor, unknown>();
  const args = types.map((type, index) => {
    if (given.byIndex && index in given.byIndex) return given.byIndex[index];
    if (!type || type === Object) throw new Error(`${Service.name}: parameter ${index} has no class to mock; pass it in byIndex`);
    if (byType.has(type)) return byType.get(type);
    const mock = automock(type);
    mocks.set(type, mock);
    return mock;
  });
  return {
    sut: new (Service as unknown as new (...values: unknown[]) => S)(...args),
    mock: <T>(type: Constructor<T>) => {
      const found = mocks.get(type);
      if (!found) throw new Error(`${Service.name} takes no auto-mocked ${type.name}`);
      return found as jest.Mocked<T>;
    },
  };
}
