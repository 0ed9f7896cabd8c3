import * as THREE from 'three'

const cache = new Map<string, THREE.ShapeGeometry>()

/**
 * A rounded rectangle centred on the origin in the XY plane, shared between every plate of the same size
 * (panels are built from a handful of sizes, so this stays small). Never dispose the result.
 */
export function roundedPlate(width: number, height: number, radius: number): THREE.ShapeGeometry {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2))
  const key = `${width.toFixed(4)}:${height.toFixed(4)}:${r.toFixed(4)}`
  const hit = cache.get(key)
  if (hit) return hit
  const x = -width / 2
  const y = -height / 2
  const s = new THREE.Shape()
  s.moveTo(x + r, y)
  s.lineTo(x + width - r, y)
  s.quadraticCurveTo(x + width, y, x + width, y + r)
  s.lineTo(x + width, y + height - r)
  s.quadraticCurveTo(x + width, y + height, x + width - r, y + height)
  s.lineTo(x + r, y + height)
  s.quadraticCurveTo(x, y + height, x, y + height - r)
  s.lineTo(x, y + r)
  s.quadraticCurveTo(x, y, x + r, y)
  const geometry = new THREE.ShapeGeometry(s, 6)
  cache.set(key, geometry)
  return geometry
}

/**
 * A flat material for panel parts: unlit (readable in any light), not tone mapped (brightness settings leave
 * panels alone), and drawn over the scene so a wall close by never cuts a panel in half.
 */
export function panelMaterial(colour: THREE.ColorRepresentation, opacity = 1): THREE.MeshBasicMaterial {
  return new THREE.MeshBasicMaterial({
    color: colour,
    transparent: true,
    opacity,
    depthTest: false,
    depthWrite: false,
    toneMapped: false,
    fog: false,
  })
}
