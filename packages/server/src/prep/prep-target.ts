import { AppError, type Application, type Company } from '@furikaeri/core';
import type { Repositories } from '../repositories/repositories';
import { notFound } from '../services/errors';

export interface PrepTarget {
  company: Company;
  application: Application | null;
  /**
   * Where drafts and 逆質問 are kept: the application's id (two positions at one company get different
   * answers), or the company's for the company-wide page and what was kept per company before.
   */
  scopeId: string;
}

/** A company or application id, or a company's name as typed on the CLI. */
export function resolvePrepTarget(repos: Repositories, target: string): PrepTarget {
  const key = target.trim();
  if (key.startsWith('app_')) {
    const application = repos.applications.find(key);
    if (!application) throw notFound('application', key);
    const company = repos.companies.find(application.companyId);
    if (!company) throw notFound('company', application.companyId);
    return { company, application, scopeId: application.id };
  }
  const company = key.startsWith('co_') ? repos.companies.find(key) : repos.companies.findByName(key);
  if (!company) {
    throw new AppError(
      'not_found',
      {
        ja: `企業または応募が見つかりません（${key}）。企業名、co_… または app_… のIDを指定してください。`,
        en: `No company or application "${key}". Give a company name, a co_… or an app_… id.`,
      },
      { target: key },
    );
  }
  return { company, application: null, scopeId: company.id };
}
