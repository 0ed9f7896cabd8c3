export * from './types'
export * from './constants'
export { layoutGallery, roomCapacity } from './layout-gallery'
export { isWalkable, constrainMove, isPathClear, viewingPose, VISITOR_RADIUS } from './walkable'
