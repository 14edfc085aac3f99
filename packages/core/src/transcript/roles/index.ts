export { confirmedSpeaker, rolesNeedConfirmation, withInferredRoles } from './apply-roles';
export { type InferredRole, inferRoles, type RoleContext, type RoleInference } from './infer-roles';
export { roleFromNameTitle } from './name-titles';
export { isPersonalName, ownNameKey, sameOwnName, speakerByOwnName } from './own-names';
export { splitSpeakersByContent } from './split-by-content';
