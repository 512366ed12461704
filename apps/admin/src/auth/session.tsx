import { StaffProfile, StaffRole } from '@govopen/contracts';
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, tokenStore } from '../api/client';

interface Session {
  profile: StaffProfile | null;
  loading: boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => void;
  hasRole: (...roles: StaffRole[]) => boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [profile, setProfile] = useState<StaffProfile | null>(null);
  const [loading, setLoading] = useState(Boolean(tokenStore.get()));

  useEffect(() => {
    if (tokenStore.get()) {
      api.admin
        .me()
        .then(setProfile)
        .catch(() => tokenStore.clear())
        .finally(() => setLoading(false));
    }
    const signedOut = () => setProfile(null);
    window.addEventListener('govopen:signed-out', signedOut);
    return () => window.removeEventListener('govopen:signed-out', signedOut);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const { token } = await api.admin.login({ username, password });
    tokenStore.set(token);
    setProfile(await api.admin.me());
  }, []);

  const logout = useCallback(() => {
    tokenStore.clear();
    setProfile(null);
  }, []);

  const value = useMemo<Session>(
    () => ({
      profile,
      loading,
      login,
      logout,
      hasRole: (...roles) => Boolean(profile && roles.some((role) => profile.roles.includes(role))),
    }),
    [profile, loading, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
