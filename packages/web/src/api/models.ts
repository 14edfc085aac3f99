import type { ModelImportRequest, ModelPullState, ModelsReport, ModelVerifyReport, ModelView } from '@furikaeri/core';
import { request } from './http';

export type { ModelPullState, ModelsReport, ModelVerifyReport, ModelView } from '@furikaeri/core';

const id = (modelId: string) => encodeURIComponent(modelId);

/** Speech models: list, pull (in the background; poll `list` for progress), import, verify, remove. */
export const modelsApi = {
  list: () => request<ModelsReport>('GET', '/models'),
  pull: (modelId: string, trustUnpinned = false) =>
    request<ModelPullState>('POST', `/models/${id(modelId)}/pull`, { trustUnpinned }),
  cancel: (modelId: string) => request<ModelPullState>('DELETE', `/models/${id(modelId)}/pull`),
  remove: (modelId: string) => request<void>('DELETE', `/models/${id(modelId)}`),
  verify: (modelId: string) => request<ModelVerifyReport>('POST', `/models/${id(modelId)}/verify`),
  import: (body: ModelImportRequest) => request<ModelView>('POST', '/models/import', body),
};
